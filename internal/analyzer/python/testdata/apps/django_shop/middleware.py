"""Project middleware."""
import logging
import traceback

from django.conf import settings
from django.http import HttpResponse

logger = logging.getLogger("shop.middleware")


class ReferralMiddleware:
    """Remembers which partner sent the visitor (?ref=...) for the commission report."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        ref = request.GET.get("ref")
        if ref:
            request.session["referrer"] = ref  # want: PY-TRUST-BOUNDARY
        campaign = request.GET.get("utm_campaign", "")
        if campaign.isalnum():
            request.session["campaign"] = campaign
        return self.get_response(request)


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response["Content-Security-Policy"] = "default-src 'self'; img-src 'self' data:"
        response["X-Content-Type-Options"] = "nosniff"
        response["Referrer-Policy"] = "same-origin"
        return response


class DebugErrorMiddleware:
    """Shows the traceback to whoever adds ?debug=1 (support asked for it)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        logger.error("unhandled error on %s", request.path, exc_info=exception)
        if request.GET.get("debug") == "1":
            return HttpResponse("<pre>%s</pre>" % traceback.format_exc(), status=500)  # want: PY-VERBOSE-ERROR
        if settings.MAINTENANCE:
            return HttpResponse("Back soon.", status=503, content_type="text/plain")
        return None
