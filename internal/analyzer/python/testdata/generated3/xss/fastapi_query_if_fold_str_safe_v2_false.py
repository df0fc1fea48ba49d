# generated case (gen_cases3): category=xss rule=PY-XSS fw=fastapi source=query propagation=if_fold_str_safe sink=v2 expected=false
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/00201")
def benchmark_test_00201(request: Request, BenchmarkTest: str = ""):
    param = BenchmarkTest
    if "abc".upper() == "ABC":
        bar = "This_should_always_happen"
    else:
        bar = param
    return HTMLResponse(f"<p>Formatted like: {bar}</p>")
