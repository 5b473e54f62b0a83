package web_test

import (
	"fmt"
	"net/http/httptest"
	"strings"

	"github.com/framediff/framediff/internal/web"
)

// A Server is an http.Handler: the form page for a request addressed to
// this computer, a refusal for one addressed to another name, as a page
// rebinding its own name to 127.0.0.1 would send.
func ExampleServer() {
	s, err := web.New(web.Options{Generator: "framediff example"})
	if err != nil {
		panic(err)
	}
	for _, target := range []string{"http://127.0.0.1:8080/", "http://rebinding.example:8080/"} {
		w := httptest.NewRecorder()
		s.ServeHTTP(w, httptest.NewRequest("GET", target, nil))
		fmt.Println(w.Code, w.Header().Get("X-Frame-Options"), strings.Contains(w.Body.String(), `<form method="post" action="/compare"`))
	}
	// Output:
	// 200 DENY true
	// 403 DENY false
}
