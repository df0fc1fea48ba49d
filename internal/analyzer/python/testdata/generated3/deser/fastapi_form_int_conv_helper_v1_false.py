# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=fastapi source=form propagation=int_conv (helper class) sink=v1 expected=false
import yaml

from fastapi import FastAPI, Request

app = FastAPI()


class Test:
    def do_something(self, request, param):
        bar = str(int(param))
        return bar


@app.post("/00526")
async def benchmark_test_00526(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    bar = Test().do_something(request, param)
    obj = yaml.load(bar, Loader=yaml.Loader)
    result = type(obj).__name__
    return {"result": str(result)}
