# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=fastapi source=form propagation=allowlist_ternary sink=v0 expected=false
import jinja2

from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/00263")
async def benchmark_test_00263(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    bar = param if param in ("alpha", "beta") else "alpha"
    result = jinja2.Template("<p>Hello " + bar + "</p>").render()
    return {"result": str(result)}
