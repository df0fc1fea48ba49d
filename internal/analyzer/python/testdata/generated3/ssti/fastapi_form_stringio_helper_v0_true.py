# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=fastapi source=form propagation=stringio (helper class) sink=v0 expected=true
import io
import jinja2

from fastapi import FastAPI, Request

app = FastAPI()


class Test:
    def do_something(self, request, param):
        buf = io.StringIO()
        buf.write(param)
        bar = buf.getvalue()
        return bar


@app.post("/00293")
async def benchmark_test_00293(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    bar = Test().do_something(request, param)
    result = jinja2.Template("<p>Hello " + bar + "</p>").render()  # want: PY-SSTI
    return {"result": str(result)}
