# generated case (gen_cases3): category=xxe rule=PY-XXE fw=django source=meta propagation=match_const_safe (helper class) sink=v1 expected=false
from django.http import JsonResponse
from django.urls import path
from lxml import etree


class Test:
    def do_something(self, request, param):
        target = "B"
        match target:
            case "A":
                bar = param
            case "B":
                bar = "bob"
            case _:
                bar = param
        return bar


def benchmark_test_00428(request):
    param = request.META.get("HTTP_REFERER", "")
    bar = Test().do_something(request, param)
    parser = etree.XMLParser(load_dtd=True, no_network=False)
    doc = etree.fromstring(bar.encode("utf-8"), parser=parser)
    result = doc.tag
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00428/", benchmark_test_00428),
]
