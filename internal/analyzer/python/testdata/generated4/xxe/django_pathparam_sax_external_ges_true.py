# generated case (gen_cases4): category=xxe rule=PY-XXE fw=django source=pathparam shape=sax_external_ges sink=specific expected=true
import io
import xml.sax

from django.http import JsonResponse
from django.urls import path
from xml.sax.handler import feature_external_ges


def benchmark_test_00484(request, test_id):
    param = test_id
    bar = param
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    handler = xml.sax.ContentHandler()
    parser.setContentHandler(handler)
    parser.parse(io.BytesIO(bar.encode("utf-8")))  # want: PY-XXE
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00484/<str:test_id>/", benchmark_test_00484),
]
