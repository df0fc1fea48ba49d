# XXE: Django view parses request.body with lxml etree.fromstring and the default parser
from django.http import JsonResponse
from lxml import etree


def soap_endpoint(request):
    envelope = etree.fromstring(request.body)  # want: PY-XXE
    action = envelope.find(".//{http://schemas.xmlsoap.org/soap/envelope/}Body")
    return JsonResponse({"has_body": action is not None})
