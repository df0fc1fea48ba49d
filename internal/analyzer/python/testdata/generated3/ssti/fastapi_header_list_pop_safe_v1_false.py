# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=fastapi source=header propagation=list_pop_safe sink=v1 expected=false
import jinja2

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00278")
def benchmark_test_00278(request: Request):
    param = request.headers.get("referer", "")
    values_list = []
    values_list.append("safe")
    values_list.append(param)
    values_list.append("moresafe")
    values_list.pop(0)
    bar = values_list[1]
    result = jinja2.Template("<p>Hello " + bar + "</p>").render()
    return {"result": str(result)}
