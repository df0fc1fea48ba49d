# generated case (gen_cases5): category=deser rule=PY-DESERIALIZATION fw=django source=meta shape=django_signing_loads expected=false
from django.core import signing
from django.http import HttpResponseBadRequest, JsonResponse
from django.urls import path


def benchmark_test_00397(request):
    param = request.META.get("HTTP_REFERER", "")
    bar = param
    try:
        obj = signing.loads(bar, max_age=3600)
    except signing.BadSignature:
        return HttpResponseBadRequest("invalid")
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00397/", benchmark_test_00397),
]
