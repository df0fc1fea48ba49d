# generated case (gen_cases3): category=xxe rule=PY-XXE fw=django source=meta propagation=join_builder (helper class) sink=v1 expected=true
from django.http import JsonResponse
from django.urls import path
from lxml import etree


class Test:
    def do_something(self, request, param):
        sbuilder = []
        sbuilder.append("prefix-")
        sbuilder.append(param)
        bar = "".join(sbuilder)
        return bar


def benchmark_test_00410(request):
    param = request.META.get("HTTP_REFERER", "")
    bar = Test().do_something(request, param)
    parser = etree.XMLParser(load_dtd=True, no_network=False)
    doc = etree.fromstring(bar.encode("utf-8"), parser=parser)  # want: PY-XXE
    result = doc.tag
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00410/", benchmark_test_00410),
]
