document.getElementById("app")!.textContent = "Provenance";
