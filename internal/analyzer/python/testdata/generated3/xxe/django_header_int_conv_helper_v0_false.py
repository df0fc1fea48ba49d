# generated case (gen_cases3): category=xxe rule=PY-XXE fw=django source=header propagation=int_conv (helper class) sink=v0 expected=false
from django.http import JsonResponse
from django.urls import path
from lxml import etree


class Test:
    def do_something(self, request, param):
        bar = str(int(param))
        return bar


def benchmark_test_00386(request):
    param = request.headers.get("X-Benchmark", "")
    bar = Test().do_something(request, param)
    parser = etree.XMLParser(resolve_entities=True)
    root = etree.fromstring(bar.encode("utf-8"), parser)
    result = root.findtext("name")
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00386/", benchmark_test_00386),
]
