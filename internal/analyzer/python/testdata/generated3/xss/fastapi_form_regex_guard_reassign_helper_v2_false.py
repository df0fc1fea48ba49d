# generated case (gen_cases3): category=xss rule=PY-XSS fw=fastapi source=form propagation=regex_guard_reassign (helper class) sink=v2 expected=false
import re

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


class Test:
    def do_something(self, request, param):
        bar = param
        if not re.match(r"^[a-zA-Z0-9]+$", bar):
            bar = "safe"
        return bar


@app.post("/00225")
async def benchmark_test_00225(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    bar = Test().do_something(request, param)
    return HTMLResponse(f"<p>Formatted like: {bar}</p>")
