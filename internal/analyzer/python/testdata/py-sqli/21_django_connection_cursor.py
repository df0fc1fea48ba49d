# SQLi: django.db.connection.cursor() with a header value concatenated into the statement
from django.db import connection
from django.http import JsonResponse


def audit_trail(request):
    client = request.headers.get("X-Client-Id", "")
    with connection.cursor() as cursor:
        cursor.execute("SELECT action, created FROM audit WHERE client_id = '" + client + "'")  # want: PY-SQLI
        rows = cursor.fetchall()
    return JsonResponse({"events": rows})
