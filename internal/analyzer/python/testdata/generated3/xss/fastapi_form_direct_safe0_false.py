# generated case (gen_cases3): category=xss rule=PY-XSS fw=fastapi source=form propagation=direct sink=safe0 expected=false
import html

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.post("/00242")
async def benchmark_test_00242(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    bar = param
    return HTMLResponse(f"<p>Formatted like: {html.escape(bar)}</p>")
