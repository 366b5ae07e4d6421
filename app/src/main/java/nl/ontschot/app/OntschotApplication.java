package nl.ontschot.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class OntschotApplication {

	public static void main(String[] args) {
		SpringApplication.run(OntschotApplication.class, args);
	}
}
