# generated case (gen_cases4): category=xss rule=PY-XSS fw=fastapi source=form shape=markup_percent sink=specific expected=false
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup

app = FastAPI()


@app.post("/00407")
async def benchmark_test_00407(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    bar = param
    return HTMLResponse(Markup("<p>Hello %s</p>") % bar)
