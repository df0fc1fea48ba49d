# generated case (gen_cases3): category=xxe rule=PY-XXE fw=django source=body propagation=ternary_fold_safe (helper class) sink=v0 expected=false
import json

from django.http import JsonResponse
from django.urls import path
from lxml import etree


class Test:
    def do_something(self, request, param):
        num = 106
        bar = "This_should_always_happen" if (7 * 18) + num > 200 else param
        return bar


def benchmark_test_00410(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = Test().do_something(request, param)
    parser = etree.XMLParser(resolve_entities=True)
    root = etree.fromstring(bar.encode("utf-8"), parser)
    result = root.findtext("name")
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00410/", benchmark_test_00410),
]
