# generated case (gen_cases3): category=xxe rule=PY-XXE fw=fastapi source=paramnames propagation=list_pop_safe sink=v1 expected=false
from fastapi import FastAPI, Request
from lxml import etree

app = FastAPI()


@app.get("/00417")
def benchmark_test_00417(request: Request):
    param = ""
    for name in request.query_params.keys():
        if request.query_params.get(name) == "BenchmarkTest":
            param = name
            break
    values_list = []
    values_list.append("safe")
    values_list.append(param)
    values_list.append("moresafe")
    values_list.pop(0)
    bar = values_list[1]
    parser = etree.XMLParser(load_dtd=True, no_network=False)
    doc = etree.fromstring(bar.encode("utf-8"), parser=parser)
    result = doc.tag
    return {"result": str(result)}
