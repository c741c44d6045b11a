import { describe, expect, it } from 'vitest';
import {
  fileNameOf,
  fileParam,
  isPdfAddress,
  looksLikePdf,
  originPattern,
  problemOf,
  viewerPath,
} from '../../utils/pdf/input';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('what the PDF viewer accepts', () => {
  it('knows a PDF by its header, within the first kilobyte', () => {
    expect(looksLikePdf(bytes('%PDF-1.7\n%âãÏÓ'))).toBe(true);
    expect(looksLikePdf(bytes(`${' '.repeat(500)}%PDF-1.4`))).toBe(true);
    expect(looksLikePdf(bytes(`${' '.repeat(1020)}%PDF-1.4`))).toBe(false);
    expect(looksLikePdf(bytes('<!doctype html><title>Sign in</title>'))).toBe(false);
    expect(looksLikePdf(bytes('%PD'))).toBe(false);
    expect(looksLikePdf(new Uint8Array())).toBe(false);
  });

  it('reads ?file= as a web address, and says why anything else is refused', () => {
    expect(fileParam('')).toBeNull();
    expect(fileParam('?file=')).toBeNull();
    expect(fileParam('?file=https%3A%2F%2Fexample.org%2Fa%20b.pdf')).toEqual({
      url: 'https://example.org/a%20b.pdf',
    });
    expect(fileParam('?file=file%3A%2F%2F%2Fhome%2Fme%2Fx.pdf')).toEqual({
      problem: 'local-address',
    });
    expect(fileParam('?file=javascript%3Aalert(1)')).toEqual({ problem: 'bad-address' });
    expect(fileParam('?file=not%20an%20address')).toEqual({ problem: 'bad-address' });
    expect(fileParam('?file=data%3Aapplication%2Fpdf%2C%25PDF')).toEqual({
      problem: 'bad-address',
    });
  });

  it('asks for exactly the site of the PDF, any port and path', () => {
    expect(originPattern('https://www.example.org:8443/docs/a.pdf?x=1')).toBe(
      'https://www.example.org/*',
    );
    expect(originPattern('http://127.0.0.1:5000/a.pdf')).toBe('http://127.0.0.1/*');
  });

  it('tells a PDF address by its path', () => {
    expect(isPdfAddress('https://example.org/protocol.pdf')).toBe(true);
    expect(isPdfAddress('https://example.org/Protocol.PDF?download=1#page=2')).toBe(true);
    expect(isPdfAddress('https://example.org/pdf/viewer')).toBe(false);
    expect(isPdfAddress('https://example.org/a.html?file=x.pdf')).toBe(false);
    expect(isPdfAddress('file:///home/me/a.pdf')).toBe(false);
    expect(isPdfAddress(undefined)).toBe(false);
    expect(isPdfAddress('no address')).toBe(false);
  });

  it('names the file and builds the viewer address', () => {
    expect(fileNameOf('https://example.org/docs/Zorg%20protocol.pdf')).toBe('Zorg protocol.pdf');
    expect(fileNameOf('https://example.org/')).toBe('example.org');
    expect(viewerPath('https://example.org/a b.pdf?x=1&y=2')).toBe(
      '/viewer.html?file=https%3A%2F%2Fexample.org%2Fa%20b.pdf%3Fx%3D1%26y%3D2',
    );
  });

  it('tells why a PDF could not be loaded', () => {
    expect(problemOf({ name: 'InvalidPDFException' })).toBe('broken');
    expect(problemOf({ name: 'ResponseException', status: 404 })).toBe('not-found');
    expect(problemOf({ name: 'ResponseException', status: 500 })).toBe('unreachable');
    expect(problemOf(new TypeError('Failed to fetch'))).toBe('unreachable');
    expect(problemOf(null)).toBe('broken');
  });
});
