# generated case (gen_cases3): category=xss rule=PY-XSS fw=fastapi source=cookie propagation=match_const_taint sink=v2 expected=true
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/00224")
def benchmark_test_00224(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    target = "A"
    match target:
        case "A":
            bar = param
        case "B":
            bar = "bob"
        case _:
            bar = "default"
    return HTMLResponse(f"<p>Formatted like: {bar}</p>")  # want: PY-XSS
