# generated case (gen_cases3): category=xxe rule=PY-XXE fw=django source=paramnames propagation=list_pop_taint (helper class) sink=v1 expected=true
from django.http import JsonResponse
from django.urls import path
from lxml import etree


class Test:
    def do_something(self, request, param):
        values_list = []
        values_list.append("safe")
        values_list.append(param)
        values_list.append("moresafe")
        values_list.pop(0)
        bar = values_list[0]
        return bar


def benchmark_test_00416(request):
    param = ""
    for name in request.GET:
        if request.GET.get(name) == "BenchmarkTest":
            param = name
            break
    bar = Test().do_something(request, param)
    parser = etree.XMLParser(load_dtd=True, no_network=False)
    doc = etree.fromstring(bar.encode("utf-8"), parser=parser)  # want: PY-XXE
    result = doc.tag
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00416/", benchmark_test_00416),
]
