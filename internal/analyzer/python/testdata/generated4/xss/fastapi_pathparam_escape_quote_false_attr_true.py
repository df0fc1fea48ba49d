# generated case (gen_cases4): category=xss rule=PY-XSS fw=fastapi source=pathparam shape=escape_quote_false_attr sink=specific expected=true
import html

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/00415/{test_id}")
def benchmark_test_00415(request: Request, test_id: str):
    param = test_id
    bar = param
    return HTMLResponse('<a title="' + html.escape(bar, quote=False) + '">profile</a>')  # want: PY-XSS
