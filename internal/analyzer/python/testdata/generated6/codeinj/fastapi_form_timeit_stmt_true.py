# generated case (gen_cases6): category=codeinj rule=PY-CODE-INJECTION fw=fastapi source=form shape=timeit_stmt sink=specific expected=true
import timeit

from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/00351")
async def benchmark_test_00351(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    bar = param
    result = timeit.timeit(bar, number=1)  # want: PY-CODE-INJECTION
    return {"result": str(result)}
