# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=fastapi source=form propagation=stringio (helper class) sink=v1 expected=true
import io
import yaml

from fastapi import FastAPI, Request

app = FastAPI()


class Test:
    def do_something(self, request, param):
        buf = io.StringIO()
        buf.write(param)
        bar = buf.getvalue()
        return bar


@app.post("/00550")
async def benchmark_test_00550(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    bar = Test().do_something(request, param)
    obj = yaml.load(bar, Loader=yaml.Loader)  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return {"result": str(result)}
