/**
 * Real answers to `PROPFIND Depth: 1` on one plan folder (a file, a file named "Café été.txt", a
 * sub-folder), captured from Apache mod_dav_fs 2.4 and rclone 1.60 as the tests run them, and a
 * Nextcloud (sabre/dav) answer as its documentation shows one.
 */
export const apacheListing = `<?xml version="1.0" encoding="utf-8"?>
<D:multistatus xmlns:D="DAV:" xmlns:ns0="DAV:">
<D:response xmlns:lp1="DAV:" xmlns:lp2="http://apache.org/dav/props/" xmlns:g0="DAV:">
<D:href>/dav/plan-1/</D:href>
<D:propstat>
<D:prop>
<lp1:resourcetype><D:collection/></lp1:resourcetype>
<lp1:getetag>W/"1000-661817fcc0794"</lp1:getetag>
<lp1:getlastmodified>Mon, 30 Nov 2026 17:11:23 GMT</lp1:getlastmodified>
</D:prop>
<D:status>HTTP/1.1 200 OK</D:status>
</D:propstat>
<D:propstat>
<D:prop>
<g0:getcontentlength/>
</D:prop>
<D:status>HTTP/1.1 404 Not Found</D:status>
</D:propstat>
</D:response>
<D:response xmlns:lp1="DAV:" xmlns:lp2="http://apache.org/dav/props/">
<D:href>/dav/plan-1/Caf%c3%a9%20%c3%a9t%c3%a9.txt</D:href>
<D:propstat>
<D:prop>
<lp1:resourcetype/>
<lp1:getetag>W/"1-661817fcbb974"</lp1:getetag>
<lp1:getcontentlength>1</lp1:getcontentlength>
<lp1:getlastmodified>Mon, 30 Nov 2026 17:11:22 GMT</lp1:getlastmodified>
</D:prop>
<D:status>HTTP/1.1 200 OK</D:status>
</D:propstat>
</D:response>
<D:response xmlns:lp1="DAV:" xmlns:lp2="http://apache.org/dav/props/" xmlns:g0="DAV:">
<D:href>/dav/plan-1/sub/</D:href>
<D:propstat>
<D:prop>
<lp1:resourcetype><D:collection/></lp1:resourcetype>
<lp1:getetag>W/"1000-661817fcc0794"</lp1:getetag>
<lp1:getlastmodified>Mon, 30 Nov 2026 17:11:23 GMT</lp1:getlastmodified>
</D:prop>
<D:status>HTTP/1.1 200 OK</D:status>
</D:propstat>
<D:propstat>
<D:prop>
<g0:getcontentlength/>
</D:prop>
<D:status>HTTP/1.1 404 Not Found</D:status>
</D:propstat>
</D:response>
<D:response xmlns:lp1="DAV:" xmlns:lp2="http://apache.org/dav/props/">
<D:href>/dav/plan-1/0123456789abcdef.json.gz</D:href>
<D:propstat>
<D:prop>
<lp1:resourcetype/>
<lp1:getetag>W/"5-661817fcadeb4"</lp1:getetag>
<lp1:getcontentlength>5</lp1:getcontentlength>
<lp1:getlastmodified>Mon, 30 Nov 2026 17:11:22 GMT</lp1:getlastmodified>
</D:prop>
<D:status>HTTP/1.1 200 OK</D:status>
</D:propstat>
</D:response>
</D:multistatus>
`;

export const rcloneListing = `<?xml version="1.0" encoding="UTF-8"?><D:multistatus xmlns:D="DAV:"><D:response><D:href>/plan-1/</D:href><D:propstat><D:prop><D:resourcetype><D:collection xmlns:D="DAV:"/></D:resourcetype><D:getlastmodified>Mon, 30 Nov 2026 17:11:23 GMT</D:getlastmodified></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat><D:propstat><D:prop><D:getetag></D:getetag><D:getcontentlength></D:getcontentlength></D:prop><D:status>HTTP/1.1 404 Not Found</D:status></D:propstat></D:response><D:response><D:href>/plan-1/0123456789abcdef.json.gz</D:href><D:propstat><D:prop><D:resourcetype></D:resourcetype><D:getetag>"18ece1db6ed027e25"</D:getetag><D:getcontentlength>5</D:getcontentlength><D:getlastmodified>Mon, 30 Nov 2026 17:11:23 GMT</D:getlastmodified></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response><D:response><D:href>/plan-1/Caf%C3%A9%20%C3%A9t%C3%A9.txt</D:href><D:propstat><D:prop><D:resourcetype></D:resourcetype><D:getetag>"18ece1db6f9a1a7d1"</D:getetag><D:getcontentlength>1</D:getcontentlength><D:getlastmodified>Mon, 30 Nov 2026 17:11:24 GMT</D:getlastmodified></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response><D:response><D:href>/plan-1/sub/</D:href><D:propstat><D:prop><D:resourcetype><D:collection xmlns:D="DAV:"/></D:resourcetype><D:getlastmodified>Mon, 30 Nov 2026 17:11:24 GMT</D:getlastmodified></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat><D:propstat><D:prop><D:getetag></D:getetag><D:getcontentlength></D:getcontentlength></D:prop><D:status>HTTP/1.1 404 Not Found</D:status></D:propstat></D:response></D:multistatus>`;

export const nextcloudListing = `<?xml version="1.0"?>
<d:multistatus xmlns:d="DAV:" xmlns:s="http://sabredav.org/ns" xmlns:oc="http://owncloud.org/ns" xmlns:nc="http://nextcloud.org/ns"><d:response><d:href>/remote.php/dav/files/claire/Jalon/plan-1/</d:href><d:propstat><d:prop><d:resourcetype><d:collection/></d:resourcetype><d:getetag>&quot;6569c1a2b3c4d&quot;</d:getetag><d:getlastmodified>Mon, 30 Nov 2026 17:11:23 GMT</d:getlastmodified></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat><d:propstat><d:prop><d:getcontentlength/></d:prop><d:status>HTTP/1.1 404 Not Found</d:status></d:propstat></d:response><d:response><d:href>/remote.php/dav/files/claire/Jalon/plan-1/0123456789abcdef.json.gz</d:href><d:propstat><d:prop><d:resourcetype/><d:getetag>&quot;a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6&quot;</d:getetag><d:getcontentlength>5</d:getcontentlength><d:getlastmodified>Mon, 30 Nov 2026 17:11:22 GMT</d:getlastmodified></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response><d:response><d:href>/remote.php/dav/files/claire/Jalon/plan-1/Cafe%CC%81%20e%CC%81te%CC%81.txt</d:href><d:propstat><d:prop><d:resourcetype/><d:getetag>&quot;b2&quot;</d:getetag><d:getcontentlength>1</d:getcontentlength><d:getlastmodified>Mon, 30 Nov 2026 17:11:22 GMT</d:getlastmodified></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response><d:response><d:href>/remote.php/dav/files/claire/Jalon/plan-1/sub/</d:href><d:propstat><d:prop><d:resourcetype><d:collection/></d:resourcetype><d:getetag>&quot;c3&quot;</d:getetag><d:getlastmodified>Mon, 30 Nov 2026 17:11:23 GMT</d:getlastmodified></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response></d:multistatus>`;
