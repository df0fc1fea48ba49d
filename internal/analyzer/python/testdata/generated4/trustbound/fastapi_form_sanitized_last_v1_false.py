# generated case (gen_cases4): category=trustbound rule=PY-TRUST-BOUNDARY fw=fastapi source=form shape=sanitized_last sink=v1 expected=false
import re

from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/00066")
async def benchmark_test_00066(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    bar = param.strip()
    bar = re.sub(r"[^A-Za-z0-9]", "", bar)
    request.session[bar] = "10340"
    result = True
    return {"result": str(result)}
