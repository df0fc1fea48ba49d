# generated case (gen_cases3): category=xxe rule=PY-XXE fw=django source=post propagation=dict_get_safe (helper class) sink=v0 expected=false
from django.http import JsonResponse
from django.urls import path
from lxml import etree


class Test:
    def do_something(self, request, param):
        m = {}
        m["keyA-55"] = "a-Value"
        m["keyB-55"] = param
        m["keyC"] = "another-Value"
        bar = m["keyA-55"]
        return bar


def benchmark_test_00422(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = Test().do_something(request, param)
    parser = etree.XMLParser(resolve_entities=True)
    root = etree.fromstring(bar.encode("utf-8"), parser)
    result = root.findtext("name")
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00422/", benchmark_test_00422),
]
