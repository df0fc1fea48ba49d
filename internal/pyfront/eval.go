package pyfront

import (
	"math"
	"strconv"
	"strings"
)

// ValueKind says what a constant is. Unknown means "cannot be determined":
// checks must never treat an Unknown value as insecure.
type ValueKind int

const (
	Unknown ValueKind = iota
	StrVal
	IntVal
	FloatVal
	BoolVal
	NoneVal
	ListVal
	TupleVal
	SetVal
	DictVal
)

// Value is a Python constant.
type Value struct {
	Kind  ValueKind
	S     string
	I     int64
	F     float64
	B     bool
	Elems []Value // list, tuple, set elements; dict values
	Keys  []Value // dict keys
}

func (v Value) Known() bool { return v.Kind != Unknown }

// Truthy returns Python's truth value; ok is false for unknown values.
func (v Value) Truthy() (truth, ok bool) {
	switch v.Kind {
	case StrVal:
		return v.S != "", true
	case IntVal:
		return v.I != 0, true
	case FloatVal:
		return v.F != 0, true
	case BoolVal:
		return v.B, true
	case NoneVal:
		return false, true
	case ListVal, TupleVal, SetVal, DictVal:
		return len(v.Elems) > 0, true
	}
	return false, false
}

// IsTrue reports a known truthy value; IsFalse a known falsy value.
func (v Value) IsTrue() bool  { t, ok := v.Truthy(); return ok && t }
func (v Value) IsFalse() bool { t, ok := v.Truthy(); return ok && !t }

// Equal is Python == on constants; ok is false when either side is unknown.
func (v Value) Equal(w Value) (eq, ok bool) {
	if !v.Known() || !w.Known() {
		return false, false
	}
	if num, ok1 := v.number(); ok1 {
		if num2, ok2 := w.number(); ok2 {
			return num == num2, true
		}
	}
	if v.Kind != w.Kind {
		return false, true
	}
	switch v.Kind {
	case StrVal:
		return v.S == w.S, true
	case NoneVal:
		return true, true
	case ListVal, TupleVal, SetVal, DictVal:
		if len(v.Elems) != len(w.Elems) || len(v.Keys) != len(w.Keys) {
			return false, true
		}
		for i := range v.Elems {
			if e, ok := v.Elems[i].Equal(w.Elems[i]); !ok || !e {
				return e, ok
			}
		}
		for i := range v.Keys {
			if e, ok := v.Keys[i].Equal(w.Keys[i]); !ok || !e {
				return e, ok
			}
		}
		return true, true
	}
	return false, false
}

func (v Value) number() (float64, bool) {
	switch v.Kind {
	case IntVal:
		return float64(v.I), true
	case FloatVal:
		return v.F, true
	case BoolVal:
		if v.B {
			return 1, true
		}
		return 0, true
	}
	return 0, false
}

// Get returns the value of a dict entry with a string key.
func (v Value) Get(key string) (Value, bool) {
	if v.Kind != DictVal {
		return Value{}, false
	}
	for i := len(v.Keys) - 1; i >= 0; i-- {
		if v.Keys[i].Kind == StrVal && v.Keys[i].S == key {
			return v.Elems[i], true
		}
	}
	return Value{}, false
}

// Strings returns the string elements of a list, tuple or set (others skipped).
func (v Value) Strings() []string {
	var out []string
	for _, e := range v.Elems {
		if e.Kind == StrVal {
			out = append(out, e.S)
		}
	}
	return out
}

// String is a short Python-like rendering, for messages.
func (v Value) String() string {
	switch v.Kind {
	case StrVal:
		return strconv.Quote(v.S)
	case IntVal:
		return strconv.FormatInt(v.I, 10)
	case FloatVal:
		return strconv.FormatFloat(v.F, 'g', -1, 64)
	case BoolVal:
		if v.B {
			return "True"
		}
		return "False"
	case NoneVal:
		return "None"
	case ListVal, TupleVal, SetVal:
		parts := make([]string, len(v.Elems))
		for i, e := range v.Elems {
			parts[i] = e.String()
		}
		br := map[ValueKind]string{ListVal: "[]", TupleVal: "()", SetVal: "{}"}[v.Kind]
		return br[:1] + strings.Join(parts, ", ") + br[1:]
	case DictVal:
		return "{...}"
	}
	return "<unknown>"
}

// Env resolves names for the evaluator.
type Env interface {
	Lookup(name string) Value
}

// Eval evaluates a constant expression. Anything it does not model, or that
// depends on run time (environment lookups, calls, attributes), is Unknown.
func Eval(e *Expr, env Env) Value {
	return eval(e, env, 0)
}

func eval(e *Expr, env Env, depth int) Value {
	if e == nil || depth > maxDepth {
		return Value{}
	}
	depth++
	switch e.Kind {
	case Str:
		return Value{Kind: StrVal, S: e.Text}
	case FString:
		var b strings.Builder
		for _, p := range e.Elems {
			v := eval(p, env, depth)
			switch v.Kind {
			case StrVal:
				b.WriteString(v.S)
			case IntVal, FloatVal, BoolVal, NoneVal:
				b.WriteString(v.String())
			default:
				return Value{}
			}
		}
		return Value{Kind: StrVal, S: b.String()}
	case Num:
		return evalNum(e.Text)
	case Bool:
		return Value{Kind: BoolVal, B: e.Text == "True"}
	case NoneLit:
		return Value{Kind: NoneVal}
	case Name:
		if env == nil {
			return Value{}
		}
		return env.Lookup(e.Text)
	case List, Tuple, Set:
		kind := map[ExprKind]ValueKind{List: ListVal, Tuple: TupleVal, Set: SetVal}[e.Kind]
		out := Value{Kind: kind, Elems: []Value{}}
		for _, x := range e.Elems {
			if x != nil && x.Kind == Starred {
				v := eval(x.X, env, depth)
				if v.Kind != ListVal && v.Kind != TupleVal && v.Kind != SetVal {
					return Value{}
				}
				out.Elems = append(out.Elems, v.Elems...)
				continue
			}
			v := eval(x, env, depth)
			if !v.Known() {
				return Value{}
			}
			out.Elems = append(out.Elems, v)
		}
		return out
	case Dict:
		out := Value{Kind: DictVal, Elems: []Value{}, Keys: []Value{}}
		for i, k := range e.Elems {
			if k == nil { // **spread
				v := eval(e.Vals()[i], env, depth)
				if v.Kind != DictVal {
					return Value{}
				}
				out.Keys = append(out.Keys, v.Keys...)
				out.Elems = append(out.Elems, v.Elems...)
				continue
			}
			kv := eval(k, env, depth)
			if !kv.Known() {
				return Value{}
			}
			// Values may be unknown: a settings dict with one env lookup is
			// still useful for its other keys.
			out.Keys = append(out.Keys, kv)
			out.Elems = append(out.Elems, eval(e.Vals()[i], env, depth))
		}
		return out
	case UnaryOp:
		v := eval(e.X, env, depth)
		switch e.Text {
		case "not":
			if t, ok := v.Truthy(); ok {
				return Value{Kind: BoolVal, B: !t}
			}
		case "-":
			switch v.Kind {
			case IntVal:
				return Value{Kind: IntVal, I: -v.I}
			case FloatVal:
				return Value{Kind: FloatVal, F: -v.F}
			}
		case "+":
			if v.Kind == IntVal || v.Kind == FloatVal {
				return v
			}
		}
		return Value{}
	case BinOp:
		return evalBinOp(e, env, depth)
	case Compare:
		return evalCompare(e, env, depth)
	case IfExp:
		c := eval(e.Cond(), env, depth)
		if t, ok := c.Truthy(); ok {
			if t {
				return eval(e.X, env, depth)
			}
			return eval(e.Y, env, depth)
		}
	}
	return Value{}
}

func evalNum(text string) Value {
	t := strings.ReplaceAll(strings.ToLower(text), "_", "")
	if i, err := strconv.ParseInt(t, 0, 64); err == nil {
		return Value{Kind: IntVal, I: i}
	}
	if f, err := strconv.ParseFloat(t, 64); err == nil && !math.IsInf(f, 0) {
		return Value{Kind: FloatVal, F: f}
	}
	return Value{}
}

func evalBinOp(e *Expr, env Env, depth int) Value {
	l := eval(e.X, env, depth)
	switch e.Text {
	case "and", "or":
		t, ok := l.Truthy()
		if !ok {
			return Value{}
		}
		if (e.Text == "and") == t {
			return eval(e.Y, env, depth)
		}
		return l
	}
	r := eval(e.Y, env, depth)
	if !l.Known() || !r.Known() {
		return Value{}
	}
	switch e.Text {
	case "+":
		switch {
		case l.Kind == StrVal && r.Kind == StrVal:
			return Value{Kind: StrVal, S: l.S + r.S}
		case l.Kind == IntVal && r.Kind == IntVal:
			return Value{Kind: IntVal, I: l.I + r.I}
		case (l.Kind == ListVal || l.Kind == TupleVal) && l.Kind == r.Kind:
			return Value{Kind: l.Kind, Elems: append(append([]Value{}, l.Elems...), r.Elems...)}
		}
	case "*":
		if l.Kind == IntVal && r.Kind == IntVal {
			return Value{Kind: IntVal, I: l.I * r.I}
		}
	case "-":
		if l.Kind == IntVal && r.Kind == IntVal {
			return Value{Kind: IntVal, I: l.I - r.I}
		}
	}
	return Value{}
}

func evalCompare(e *Expr, env Env, depth int) Value {
	if len(e.Elems) < 2 || len(e.Ops()) != len(e.Elems)-1 {
		return Value{}
	}
	left := eval(e.Elems[0], env, depth)
	for i, op := range e.Ops() {
		right := eval(e.Elems[i+1], env, depth)
		res, ok := compare(op, left, right)
		if !ok {
			return Value{}
		}
		if !res {
			return Value{Kind: BoolVal, B: false}
		}
		left = right
	}
	return Value{Kind: BoolVal, B: true}
}

func compare(op string, l, r Value) (bool, bool) {
	switch op {
	case "==", "!=":
		eq, ok := l.Equal(r)
		return eq == (op == "=="), ok
	case "is", "is not":
		// Only None/True/False identity is meaningful for constants.
		if l.Kind == NoneVal || r.Kind == NoneVal || l.Kind == BoolVal && r.Kind == BoolVal {
			eq, ok := l.Equal(r)
			return eq == (op == "is"), ok
		}
	case "in", "not in":
		if !l.Known() {
			return false, false
		}
		switch r.Kind {
		case StrVal:
			if l.Kind == StrVal {
				return strings.Contains(r.S, l.S) == (op == "in"), true
			}
		case ListVal, TupleVal, SetVal, DictVal:
			elems := r.Elems
			if r.Kind == DictVal {
				elems = r.Keys
			}
			for _, x := range elems {
				eq, ok := l.Equal(x)
				if !ok {
					return false, false
				}
				if eq {
					return op == "in", true
				}
			}
			return op != "in", true
		}
	}
	return false, false
}
