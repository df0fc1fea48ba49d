# generated case (gen_cases3): category=xss rule=PY-XSS fw=fastapi source=headerparam propagation=regex_guard_reassign (helper class) sink=v1 expected=false
import re

from fastapi import FastAPI, Header, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


class Test:
    def do_something(self, request, param):
        bar = param
        if not re.match(r"^[a-zA-Z0-9]+$", bar):
            bar = "safe"
        return bar


@app.get("/00249")
def benchmark_test_00249(request: Request, referer: str = Header("")):
    param = referer
    bar = Test().do_something(request, param)
    return HTMLResponse(f"<p>Formatted like: {bar}</p>")
