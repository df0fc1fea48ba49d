# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=fastapi source=query propagation=ternary_fold_taint sink=v0 expected=true
import jinja2

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00272")
def benchmark_test_00272(request: Request, BenchmarkTest: str = ""):
    param = BenchmarkTest
    num = 106
    bar = param if (7 * 18) + num > 200 else "This_should_never_happen"
    result = jinja2.Template("<p>Hello " + bar + "</p>").render()  # want: PY-SSTI
    return {"result": str(result)}
