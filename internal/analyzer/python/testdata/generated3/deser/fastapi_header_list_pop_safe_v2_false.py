# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=fastapi source=header propagation=list_pop_safe sink=v2 expected=false
import jsonpickle

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00535")
def benchmark_test_00535(request: Request):
    param = request.headers.get("referer", "")
    values_list = []
    values_list.append("safe")
    values_list.append(param)
    values_list.append("moresafe")
    values_list.pop(0)
    bar = values_list[1]
    obj = jsonpickle.decode(bar)
    result = type(obj).__name__
    return {"result": str(result)}
