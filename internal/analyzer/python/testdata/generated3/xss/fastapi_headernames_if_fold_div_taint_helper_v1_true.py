# generated case (gen_cases3): category=xss rule=PY-XSS fw=fastapi source=headernames propagation=if_fold_div_taint (helper class) sink=v1 expected=true
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


class Test:
    def do_something(self, request, param):
        num = 196
        if (500 / 42) + num > 200:
            bar = param
        else:
            bar = "This should never happen"
        return bar


@app.get("/00219")
def benchmark_test_00219(request: Request):
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = Test().do_something(request, param)
    return HTMLResponse(f"<p>Formatted like: {bar}</p>")  # want: PY-XSS
