# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=fastapi source=form propagation=int_conv (helper class) sink=v0 expected=false
import jinja2

from fastapi import FastAPI, Request

app = FastAPI()


class Test:
    def do_something(self, request, param):
        bar = str(int(param))
        return bar


@app.post("/00281")
async def benchmark_test_00281(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    bar = Test().do_something(request, param)
    result = jinja2.Template("<p>Hello " + bar + "</p>").render()
    return {"result": str(result)}
