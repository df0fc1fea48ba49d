# generated case (gen_cases6): category=ssti rule=PY-SSTI fw=fastapi source=form shape=join_generator_int sink=v1 expected=false
import jinja2

from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/00210")
async def benchmark_test_00210(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    bar = "-".join(str(int(p)) for p in param.split(","))
    result = jinja2.Template("<p>Hello " + bar + "</p>").render()
    return {"result": str(result)}
