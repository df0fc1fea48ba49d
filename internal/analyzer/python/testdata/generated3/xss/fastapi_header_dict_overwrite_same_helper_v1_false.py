# generated case (gen_cases3): category=xss rule=PY-XSS fw=fastapi source=header propagation=dict_overwrite_same (helper class) sink=v1 expected=false
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


class Test:
    def do_something(self, request, param):
        m = {}
        m["keyA-55"] = param
        m["keyB-55"] = "b-Value"
        m["keyA-55"] = "a-Value"
        bar = m["keyA-55"]
        return bar


@app.get("/00231")
def benchmark_test_00231(request: Request):
    param = request.headers.get("referer", "")
    bar = Test().do_something(request, param)
    return HTMLResponse(f"<p>Formatted like: {bar}</p>")
