# generated case (gen_cases3): category=xss rule=PY-XSS fw=fastapi source=form propagation=replace_script_tag sink=v1 expected=true
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.post("/00197")
async def benchmark_test_00197(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    bar = param.replace("<script>", "").replace("</script>", "")
    return HTMLResponse(f"<p>Formatted like: {bar}</p>")  # want: PY-XSS
