# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi source=form propagation=dict_overwrite_same (helper class) sink=v1 expected=false
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


class Test:
    def do_something(self, request, param):
        m = {}
        m["keyA-55"] = param
        m["keyB-55"] = "b-Value"
        m["keyA-55"] = "a-Value"
        bar = m["keyA-55"]
        return bar


@app.post("/00292")
async def benchmark_test_00292(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    bar = Test().do_something(request, param)
    return RedirectResponse(bar)
