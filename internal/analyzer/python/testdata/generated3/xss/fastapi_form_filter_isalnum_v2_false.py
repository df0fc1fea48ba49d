# generated case (gen_cases3): category=xss rule=PY-XSS fw=fastapi source=form propagation=filter_isalnum sink=v2 expected=false
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.post("/00236")
async def benchmark_test_00236(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    bar = "".join(filter(str.isalnum, param))
    return HTMLResponse(f"<p>Formatted like: {bar}</p>")
