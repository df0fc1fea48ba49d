# generated case (gen_cases4): category=xxe rule=PY-XXE fw=django source=post shape=ternary_module_flag_taint sink=v1 expected=true
from django.http import JsonResponse
from django.urls import path
from lxml import etree

STRICT_MODE = True


def benchmark_test_00200(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = param if STRICT_MODE else "safe"
    parser = etree.XMLParser(load_dtd=True, no_network=False)
    doc = etree.fromstring(bar.encode("utf-8"), parser=parser)  # want: PY-XXE
    result = doc.tag
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00200/", benchmark_test_00200),
]
