// Ontschot's own script, beside htmx. Without it every page still works; it only adds what is said here.
(function () {
	"use strict";

	// A field saved in the background that the server refused outright (an expired session, a form too old,
	// the server away): htmx leaves the page as it was, so say beside the field that nothing was saved.
	document.addEventListener("htmx:responseError", function (event) {
		showRefused(event.detail.elt);
	});
	document.addEventListener("htmx:sendError", function (event) {
		showRefused(event.detail.elt);
	});

	function showRefused(element) {
		var place = element.closest("form, .field, td") || element;
		var meta = document.querySelector("meta[name='ontschot-not-saved']");
		var text = meta && meta.getAttribute("content");
		if (!text || place.querySelector(".request-refused")) {
			return;
		}
		var message = document.createElement("p");
		message.className = "field-error request-refused";
		message.setAttribute("role", "alert");
		message.textContent = text;
		place.appendChild(message);
	}

	// A save on the page (a successful POST outside the approvals above it): the approvals are loaded again,
	// since the save may have changed a party's own figures. An event of its own, because a trigger filter
	// of htmx needs eval, which the Content-Security-Policy forbids.
	document.addEventListener("htmx:afterRequest", function (event) {
		var config = event.detail.requestConfig;
		if (event.detail.successful && config && config.verb === "post" && !event.detail.elt.closest("#approvals")) {
			document.body.dispatchEvent(new CustomEvent("ontschot:saved"));
		}
	});

	// The approvals above a step name the lines with open comment threads: each gets a badge that leads to
	// them (made with the DOM, never as markup). Without this script the strip's count still leads there.
	document.addEventListener("htmx:afterSettle", function (event) {
		if (!event.detail.elt || event.detail.elt.id !== "approvals") {
			return;
		}
		document.querySelectorAll(".comment-badge").forEach(function (badge) {
			badge.remove();
		});
		document.querySelectorAll(".open-comment-targets li").forEach(function (open) {
			document.querySelectorAll("[data-comment-target]").forEach(function (line) {
				if (line.getAttribute("data-comment-target") !== open.getAttribute("data-target")) {
					return;
				}
				var place = line.querySelector("summary, h3, td") || line;
				var badge = document.createElement("a");
				badge.className = "comment-badge";
				badge.href = open.getAttribute("data-href");
				badge.textContent = open.textContent;
				place.appendChild(badge);
			});
		});
	});

	// The grid of realised figures sends only the boxes that were changed (and what they showed), so that a
	// year of a large case stays well inside what one form may hold.
	document.addEventListener("submit", function (event) {
		var form = event.target;
		if (!form.classList || !form.classList.contains("changed-only")) {
			return;
		}
		form.querySelectorAll("input[name^='v:']").forEach(function (box) {
			if (box.value === box.defaultValue) {
				box.disabled = true;
				var shown = form.querySelector("input[type=hidden][name='o:" + box.name.substring(2) + "']");
				if (shown) {
					shown.disabled = true;
				}
			}
		});
	});
	// back from the next page (the browser's cache): the boxes take part again
	window.addEventListener("pageshow", function () {
		document.querySelectorAll("form.changed-only input:disabled").forEach(function (box) {
			box.disabled = false;
		});
	});
})();
