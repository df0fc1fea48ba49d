# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=fastapi source=form propagation=match_const_taint sink=v2 expected=true
import jsonpickle

from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/00490")
async def benchmark_test_00490(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    target = "A"
    match target:
        case "A":
            bar = param
        case "B":
            bar = "bob"
        case _:
            bar = "default"
    obj = jsonpickle.decode(bar)  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return {"result": str(result)}
