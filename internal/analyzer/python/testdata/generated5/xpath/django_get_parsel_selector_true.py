# generated case (gen_cases5): category=xpath rule=PY-XPATH-INJECTION fw=django source=get shape=parsel_selector expected=true
from django.http import JsonResponse
from django.urls import path
from parsel import Selector

PAGE = "<ul><li class=\"a\">x</li><li class=\"b\">y</li></ul>"


def benchmark_test_00323(request):
    param = request.GET.get("BenchmarkTest", "")
    bar = param
    sel = Selector(text=PAGE)
    names = sel.xpath(f"//li[@class='{bar}']/text()").getall()  # want: PY-XPATH-INJECTION
    result = len(names)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00323/", benchmark_test_00323),
]
