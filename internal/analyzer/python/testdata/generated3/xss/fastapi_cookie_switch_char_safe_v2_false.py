# generated case (gen_cases3): category=xss rule=PY-XSS fw=fastapi source=cookie propagation=switch_char_safe sink=v2 expected=false
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/00234")
def benchmark_test_00234(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    guess = "ABC"
    switch_target = guess[1]
    if switch_target == "A":
        bar = param
    elif switch_target == "B":
        bar = "bob"
    elif switch_target == "C" or switch_target == "D":
        bar = param
    else:
        bar = "bobs_your_uncle"
    return HTMLResponse(f"<p>Formatted like: {bar}</p>")
