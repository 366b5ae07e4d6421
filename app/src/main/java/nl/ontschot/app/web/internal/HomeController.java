package nl.ontschot.app.web.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page is the list of cases. */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "redirect:/cases";
	}
}
