// Package taint holds the language-neutral parts of taint analysis: the
// model of sources, sinks, sanitizers and propagators (data, loaded from
// rules/*-taint.yaml), and the taint facts the engines compute.
package taint

import (
	"fmt"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"
)

// Spec is a language's taint model.
type Spec struct {
	Language string `yaml:"language"`
	// Sources are names whose value, attributes and call results are untrusted.
	Sources []Source `yaml:"sources"`
	// Sinks are calls where untrusted data becomes a vulnerability.
	Sinks []Sink `yaml:"sinks"`
	// Sanitizers are calls whose result is safe for some sink classes.
	Sanitizers []Sanitizer `yaml:"sanitizers"`
	// Decoders are calls that undo encodings: their result is the raw
	// input again, whatever its argument was sanitized for.
	Decoders []string `yaml:"decoders"`
	// Clean are calls and methods whose result carries no taint at all
	// (len, isdigit, bool ...): they return numbers or booleans.
	Clean []string `yaml:"clean"`
	// Patterns are calls that are findings by themselves, whatever their
	// arguments (weak hashes, disabled certificate checks ...).
	Patterns []Pattern `yaml:"patterns"`
	// Assignments are attribute assignments that are findings by themselves.
	Assignments []Assignment `yaml:"assignments"`
	// WeakRandom is the model of predictable randomness.
	WeakRandom *WeakRandom `yaml:"weak_random"`
	// UnverifiedRun is the model of downloaded code run unchecked.
	UnverifiedRun *UnverifiedRun `yaml:"unverified_run"`
	// Handlers describe how frameworks call application code with input.
	Handlers Handlers `yaml:"handlers"`
	// Requires maps a sink class to the libraries of which one must be
	// imported for method-name sinks of that class to count.
	Requires map[string][]string `yaml:"requires"`
}

// Handlers says which functions a framework calls with untrusted input.
type Handlers struct {
	// Decorators mark route handlers, whose parameters are untrusted
	// ("*.route", "*.get" on an app or router object).
	Decorators []string `yaml:"decorators"`
	// Registrars are calls that register a view: "NAME:ARG" gives the
	// position (or keyword) of the view function (django.urls.path:1).
	Registrars []string `yaml:"registrars"`
	// RequestTypes are annotations whose parameters are request objects.
	RequestTypes []string `yaml:"request_types"`
	// RequestParams are parameter names that hold the request in views
	// (Django's and aiohttp's "request").
	RequestParams []string `yaml:"request_params"`
	// RequestCleanAttrs are attributes and methods of request objects that
	// carry no client input.
	RequestCleanAttrs []string `yaml:"request_clean_attrs"`
	// SafeTypes are annotations of parameters that cannot carry an
	// injection (FastAPI converts and validates them).
	SafeTypes []string `yaml:"safe_types"`
	// BaseClasses are framework classes whose subclasses receive input in
	// attributes (http.server handlers' self.path).
	BaseClasses []BaseClass `yaml:"base_classes"`
	// EntryParams are parameter names of WSGI-style entry points (environ).
	EntryParams []string `yaml:"entry_params"`
}

// BaseClass is a framework class whose subclasses' attributes are input.
type BaseClass struct {
	Names []string `yaml:"names"`
	Attrs []string `yaml:"attrs"`
	// FormHooks are methods the framework calls with a form bound to the
	// request's data as their first argument after self (Django's
	// form_valid, form_invalid).
	FormHooks []string `yaml:"form_hooks"`
	// InputMethods are inherited methods whose result is input
	// (Tornado's self.get_argument("q")).
	InputMethods []string `yaml:"input_methods"`
	// Verbs: the methods named after HTTP verbs (get, post ...) are the
	// request handlers, called with the URL's captured groups.
	Verbs bool `yaml:"verbs"`
}

// Source is an untrusted input.
type Source struct {
	// Names are qualified names ("flask.request", "sys.argv", "os.environ")
	// or calls ("input").
	Names []string `yaml:"names"`
	Kind  string   `yaml:"kind"` // web, env, argv, stdin, file
	// Confidence of findings fed by this source: high for web input,
	// low for the environment and the command line.
	Confidence string `yaml:"confidence"`
}

// Sink is a call where untrusted data must not arrive.
type Sink struct {
	Rule string `yaml:"rule"`
	// WebOnly: only input from the network counts (a local user may pass
	// any path to an existence check from the command line).
	WebOnly bool `yaml:"web_only"`
	// Class names the kind of injection, which sanitizers refer to (sql, cmd,
	// html, path, url, redirect, code, xml, deser, ldap, xpath, nosql, log, session).
	Class string `yaml:"class"`
	// Calls are qualified function names ("os.system") or "*.method" for a
	// method of any receiver ("*.execute").
	Calls []string `yaml:"calls"`
	// Args are the positional arguments that matter (0-based); Kwargs the
	// keyword names. Empty Args and Kwargs mean every argument.
	Args   []int    `yaml:"args"`
	Kwargs []string `yaml:"kwargs"`
	// Receiver: the call's receiver object itself is the sink (e.g. a
	// template built from tainted text and then rendered).
	Receiver bool `yaml:"receiver"`
	// RequireKwarg makes the call a sink only when that keyword argument is
	// a truthy constant (subprocess with shell=True).
	RequireKwarg string `yaml:"require_kwarg"`
	// UnlessKwarg: not a sink when this keyword is present with a safe value
	// (e.g. Loader=SafeLoader for yaml.load; mimetype="text/plain"); a key
	// "Loader:1" also reads the argument at position 1.
	UnlessKwarg map[string][]string `yaml:"unless_kwarg"`
	// UnlessReaches: input that also reaches a sink of this class at the
	// call is not reported here (the graver finding covers it): a
	// template's text is HTML of the page unless it is already template
	// injection.
	UnlessReaches string `yaml:"unless_reaches"`
	// ReceiverInput: a sink only when the receiver itself is input (an
	// uploaded file's save()).
	ReceiverInput bool `yaml:"receiver_input"`
	// Element: only this element of a list/tuple argument matters
	// (the executable of subprocess.run([...])).
	Element *int `yaml:"element"`
}

// Sanitizer makes data safe for some sink classes.
type Sanitizer struct {
	Calls   []string `yaml:"calls"`
	Classes []string `yaml:"classes"` // sink classes, or "all"
}

// Pattern is a call that is a finding by itself.
type Pattern struct {
	Rule  string   `yaml:"rule"`
	Calls []string `yaml:"calls"`
	// When a keyword argument has one of these constant values (or, with
	// "*", any value), the call matches; empty means always.
	Kwarg  string   `yaml:"kwarg"`
	Values []string `yaml:"values"`
	// Arg: the positional argument (0-based) whose constant string must be
	// one of Values (hashlib.new("md5")).
	Arg *int `yaml:"arg"`
	// Key: the keyword's value is a dict and this key's value is checked
	// (options={"verify_signature": False}).
	Key string `yaml:"key"`
	// Below: the argument is a number constant below this (RSA key_size=1024).
	Below int `yaml:"below"`
	// UnlessKwarg: not a finding when this keyword has one of the values.
	UnlessKwarg map[string][]string `yaml:"unless_kwarg"`
	// UnlessLogged: not a finding when the call's value is only written to
	// a log (reading a token's claims to log who sent it).
	UnlessLogged bool `yaml:"unless_logged"`
	// UnlessVerifiedAfter: not a finding when the same variable is passed
	// to one of Calls again later in the function without the pattern's
	// condition (an unverified peek at a token's issuer to pick the key
	// of the verified decode that follows).
	UnlessVerifiedAfter bool `yaml:"unless_verified_after"`
}

// Assignment is an attribute assignment that is a finding by itself
// (session.verify = False, ctx.verify_mode = ssl.CERT_NONE).
type Assignment struct {
	Rule   string   `yaml:"rule"`
	Attrs  []string `yaml:"attrs"` // attribute names
	Values []string `yaml:"values"`
}

// WeakRandom describes predictable random values and the places where they
// must not be used: names (of variables, attributes, keys, parameters and
// functions) that say the value is a secret.
type WeakRandom struct {
	Rule  string   `yaml:"rule"`
	Calls []string `yaml:"calls"`
	// Names is a regular expression over identifiers (lower-cased).
	Names string `yaml:"names"`
	// Sinks are calls whose arguments are security-relevant (set_cookie).
	Sinks []string `yaml:"sinks"`
}

// UnverifiedRun describes code that fetches something and runs or installs
// it: within one function, a download call followed by a run call with no
// verify call between them. (A call-sequence check, not taint: what is run
// is usually a file the download wrote.)
type UnverifiedRun struct {
	Rule      string   `yaml:"rule"`
	Downloads []string `yaml:"downloads"`
	Runs      []string `yaml:"runs"`
	// Verifies are hash and signature calls; method names ("*.verify") match
	// on any receiver.
	Verifies []string `yaml:"verifies"`
}

// Load reads every *-taint.yaml file of fsys for the language, then of each
// extra directory.
func Load(fsys fs.FS, language string, extraDirs []string) (*Spec, error) {
	spec := &Spec{Language: language}
	add := func(f fs.FS, origin string) error {
		names, err := fs.Glob(f, "*-taint.yaml")
		if err != nil {
			return err
		}
		sort.Strings(names)
		for _, n := range names {
			data, err := fs.ReadFile(f, n)
			if err != nil {
				return err
			}
			var s Spec
			dec := yaml.NewDecoder(strings.NewReader(string(data)))
			dec.KnownFields(true)
			if err := dec.Decode(&s); err != nil {
				return fmt.Errorf("%s: %w", path.Join(origin, n), err)
			}
			if s.Language != language {
				continue
			}
			if err := s.validate(); err != nil {
				return fmt.Errorf("%s: %w", path.Join(origin, n), err)
			}
			spec.Sources = append(spec.Sources, s.Sources...)
			spec.Sinks = append(spec.Sinks, s.Sinks...)
			spec.Sanitizers = append(spec.Sanitizers, s.Sanitizers...)
			spec.Clean = append(spec.Clean, s.Clean...)
			spec.Decoders = append(spec.Decoders, s.Decoders...)
			spec.Patterns = append(spec.Patterns, s.Patterns...)
			spec.Assignments = append(spec.Assignments, s.Assignments...)
			if s.WeakRandom != nil {
				spec.WeakRandom = s.WeakRandom
			}
			if s.UnverifiedRun != nil {
				spec.UnverifiedRun = s.UnverifiedRun
			}
			h := &spec.Handlers
			h.Decorators = append(h.Decorators, s.Handlers.Decorators...)
			h.Registrars = append(h.Registrars, s.Handlers.Registrars...)
			h.RequestTypes = append(h.RequestTypes, s.Handlers.RequestTypes...)
			h.RequestParams = append(h.RequestParams, s.Handlers.RequestParams...)
			h.SafeTypes = append(h.SafeTypes, s.Handlers.SafeTypes...)
			h.BaseClasses = append(h.BaseClasses, s.Handlers.BaseClasses...)
			h.EntryParams = append(h.EntryParams, s.Handlers.EntryParams...)
			h.RequestCleanAttrs = append(h.RequestCleanAttrs, s.Handlers.RequestCleanAttrs...)
			for class, pkgs := range s.Requires {
				if spec.Requires == nil {
					spec.Requires = map[string][]string{}
				}
				spec.Requires[class] = append(spec.Requires[class], pkgs...)
			}
		}
		return nil
	}
	if err := add(fsys, "embedded"); err != nil {
		return nil, err
	}
	for _, d := range extraDirs {
		if err := add(os.DirFS(d), d); err != nil {
			return nil, err
		}
	}
	return spec, nil
}

func (s *Spec) validate() error {
	for _, k := range s.Sinks {
		if k.Rule == "" || k.Class == "" || len(k.Calls) == 0 {
			return fmt.Errorf("sink %v: needs rule, class and calls", k.Calls)
		}
	}
	for _, p := range s.Patterns {
		if p.Rule == "" || len(p.Calls) == 0 {
			return fmt.Errorf("pattern %v: needs rule and calls", p.Calls)
		}
	}
	for _, src := range s.Sources {
		if len(src.Names) == 0 || src.Kind == "" {
			return fmt.Errorf("source %v: needs names and kind", src.Names)
		}
	}
	return nil
}

// RuleIDs lists every rule the spec refers to, for checking against the rule set.
func (s *Spec) RuleIDs() []string {
	seen := map[string]bool{}
	var ids []string
	for _, k := range s.Sinks {
		if !seen[k.Rule] {
			seen[k.Rule] = true
			ids = append(ids, k.Rule)
		}
	}
	for _, p := range s.Patterns {
		if !seen[p.Rule] {
			seen[p.Rule] = true
			ids = append(ids, p.Rule)
		}
	}
	sort.Strings(ids)
	return ids
}
