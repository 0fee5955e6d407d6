package org.retrogistics.web.pages;

import org.retrogistics.catalog.CatalogManagement;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The front page (which shop's portal, or the console) and the sign-in page. */
@Controller
class HomeController {

    private final CatalogManagement catalog;

    HomeController(CatalogManagement catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/")
    String index(Model model) {
        model.addAttribute("clients", catalog.allClients());
        return "index";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
