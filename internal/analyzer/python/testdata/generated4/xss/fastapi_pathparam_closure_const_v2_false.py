# generated case (gen_cases4): category=xss rule=PY-XSS fw=fastapi source=pathparam shape=closure_const sink=v2 expected=false
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/00214/{test_id}")
def benchmark_test_00214(request: Request, test_id: str):
    param = test_id
    def pick(value):
        return "safe" if value else "none"

    bar = pick(param)
    return HTMLResponse(f"<p>Formatted like: {bar}</p>")
