# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=fastapi source=form propagation=ternary_fold_taint sink=v2 expected=true
from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/00130")
async def benchmark_test_00130(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    num = 106
    bar = param if (7 * 18) + num > 200 else "This_should_never_happen"
    result = eval(compile(bar, "<benchmark>", "eval"))  # want: PY-CODE-INJECTION
    return {"result": str(result)}
