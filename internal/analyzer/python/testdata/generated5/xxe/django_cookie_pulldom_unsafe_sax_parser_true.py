# generated case (gen_cases5): category=xxe rule=PY-XXE fw=django source=cookie shape=pulldom_unsafe_sax_parser expected=true
import xml.sax

from django.http import JsonResponse
from django.urls import path
from xml.dom import pulldom
from xml.sax.handler import feature_external_ges


def benchmark_test_00296(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    sax_parser = xml.sax.make_parser()
    sax_parser.setFeature(feature_external_ges, True)
    events = pulldom.parseString(bar, parser=sax_parser)  # want: PY-XXE
    result = sum(1 for _ in events)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00296/", benchmark_test_00296),
]
