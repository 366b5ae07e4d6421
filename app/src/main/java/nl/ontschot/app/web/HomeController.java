package nl.ontschot.app.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import nl.ontschot.app.security.AccountPrincipal;

@Controller
class HomeController {

	@GetMapping("/")
	String home(@AuthenticationPrincipal AccountPrincipal user, Model model) {
		model.addAttribute("user", user);
		return "home";
	}
}
